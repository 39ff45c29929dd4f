/** The home page shows the convenant in force with the convenant page's own card. */
export { ConvenantCard } from './convenant/ConvenantCard';
export { CONVENANTS } from './convenant/convenant.documents';
