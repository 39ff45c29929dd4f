/** An id for the page (headings, forms) made from a global id. */
export const domId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9]/g, '')}`;
