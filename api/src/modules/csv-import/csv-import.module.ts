import { defineModule } from '../../shared/module';
import { CsvImport, ImportReference } from './csv-import.entity';

/** CSV import of a provider's arrangements and reports (served by http/import-route.ts). */
export const csvImportModule = defineModule({
  name: 'csv-import',
  tables: [
    { entity: CsvImport, policies: ['no_participants', 'owner_all', 'provider_scope'] },
    { entity: ImportReference, policies: ['no_participants', 'owner_all', 'provider_scope'] },
  ],
});
