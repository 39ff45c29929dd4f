import { DOCX, EXE, ODT, PDF, PLAIN_ZIP, PNG, zip } from '../../../../../tests/support/files';
import { Role } from '../../user/user.entity';
import { attachmentDisposition, mayDelete, mayUpload, sniffContentType, storedFileName } from '../document.rules';

const OOXML = 'application/vnd.openxmlformats-officedocument';

describe('sniffContentType: the type by the bytes, not the name', () => {
  it.each([
    ['a PDF', PDF, 'x.pdf', 'application/pdf'],
    ['a PDF named .exe', PDF, 'x.exe', 'application/pdf'],
    ['a PNG', PNG, 'x.jpg', 'image/png'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'x', 'image/jpeg'],
    ['a GIF', Buffer.from('GIF89a\x01\x00', 'latin1'), 'x', 'image/gif'],
    ['a WebP', Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'), 'x', 'image/webp'],
    ['a Word document', DOCX, 'x.zip', `${OOXML}.wordprocessingml.document`],
    ['an Excel workbook', zip({ '[Content_Types].xml': '<T/>', 'xl/workbook.xml': '<w/>' }), 'x', `${OOXML}.spreadsheetml.sheet`],
    ['a PowerPoint', zip({ '[Content_Types].xml': '<T/>', 'ppt/presentation.xml': '<p/>' }), 'x', `${OOXML}.presentationml.presentation`],
    ['an OpenDocument text', ODT, 'x', 'application/vnd.oasis.opendocument.text'],
    ['UTF-8 text named .csv', Buffer.from('naam;uren\nA;1,5\n'), 'x.csv', 'text/csv; charset=utf-8'],
    ['UTF-8 text', Buffer.from('Verslag van de vergadering, één punt.\n'), 'x.txt', 'text/plain; charset=utf-8'],
  ])('%s is %s', (_what, bytes, name, type) => {
    expect(sniffContentType(bytes, name)?.contentType).toBe(type);
  });

  it.each([
    ['a program named .pdf', EXE, 'x.pdf'],
    ['a ZIP that is no office document', PLAIN_ZIP, 'x.docx'],
    ['a ZIP claiming OOXML without its part', zip({ '[Content_Types].xml': '<T/>' }), 'x.docx'],
    ['text with a NUL', Buffer.from('a\u0000b'), 'x.csv'],
    ['invalid UTF-8', Buffer.from([0x61, 0xff, 0x62]), 'x.txt'],
    ['nothing', Buffer.alloc(0), 'x.txt'],
    ['a broken ZIP', Buffer.from('PK\x03\x04garbage', 'latin1'), 'x.docx'],
  ])('%s is refused', (_what, bytes, name) => {
    expect(sniffContentType(bytes, name)).toBeNull();
  });
});

describe('storedFileName and attachmentDisposition', () => {
  it.each([
    ['verslag.pdf', 'verslag.pdf'],
    ['verslag.exe', 'verslag.exe.pdf'],
    ['C:\\Users\\x\\notulen.PDF', 'notulen.PDF'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['', 'document.pdf'],
    ['a"b\u0007.pdf', 'ab.pdf'],
  ])('%j is stored as %j', (uploaded, stored) => {
    expect(storedFileName(uploaded, { contentType: 'application/pdf', extension: 'pdf' })).toBe(stored);
  });

  it('gives an ASCII name and the UTF-8 one', () => {
    expect(attachmentDisposition('één.pdf')).toBe(`attachment; filename="__n.pdf"; filename*=UTF-8''%C3%A9%C3%A9n.pdf`);
  });
});

describe('who uploads and deletes', () => {
  const viewer = (role: Role, userId = 1) => ({ userId, email: 'x', role, municipalityId: 1, providerId: null });
  it.each([
    [Role.REGISSEUR, true],
    [Role.PROVIDER_REP, true],
    [Role.ADMIN, false],
    [Role.ANALYST, false],
    [Role.CLIENT_COUNCIL, false],
    [Role.RESIDENT, false],
  ])('%s uploads: %s', (role, may) => {
    expect(mayUpload(role)).toBe(may);
  });
  it.each([
    ['the uploader', true, viewer(Role.PROVIDER_REP, 7)],
    ['another representative', false, viewer(Role.PROVIDER_REP, 8)],
    ['the regisseur', true, viewer(Role.REGISSEUR, 9)],
    ['the admin', false, viewer(Role.ADMIN, 10)],
  ])('%s deletes: %s', (_who, may, v) => {
    expect(mayDelete(v, 7)).toBe(may);
  });
});
