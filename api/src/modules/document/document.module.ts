import { ALL_ROLES, defineModule, nodeByLoader, type NodeRead } from '../../shared/module';
import { Document, DocumentContent } from './document.entity';
import { loadersOf } from '../../context';
import { createDocumentLoaders } from './document.loaders';
import { DocumentService } from './document.service';
import { DocumentOwnerResolvers, DocumentResolver } from './document.resolver';

export const documentModule = defineModule({
  name: 'document',
  resolvers: [DocumentResolver, ...DocumentOwnerResolvers],
  services: { document: ({ db }) => new DocumentService(db) },
  loaders: { document: ({ db, municipalityId }) => createDocumentLoaders(db, municipalityId) },
  nodeTypes: {
    Document: nodeByLoader(Document, (ctx): NodeRead => loadersOf(ctx).document.documentById),
  },
  // Visible exactly when the owner is (owner_visible); participants thus see those of proposals and overleggen only.
  tables: [
    { entity: Document, policies: ['tenant_scope', 'owner_visible'] },
    { entity: DocumentContent, policies: ['tenant_scope', 'owner_visible'] },
  ],
  permissions: {
    'Mutation.documentDelete': ALL_ROLES,
  },
});
