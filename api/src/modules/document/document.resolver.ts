import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { addPayloadMutations, idArg, mutation } from '../../shared/graphql/payload-mutations';
import { UserError } from '../../shared/graphql/user-error';
import { Convenant } from '../convenant/convenant.entity';
import { Proposal } from '../proposal/proposal.entity';
import { Overleg } from '../overleg/overleg.entity';
import { AnnualPlan } from '../annual-plan/annual-plan.entity';
import { Document } from './document.entity';
import { mayDelete } from './document.rules';
import { toGlobalId } from '../../shared/graphql/global-id';
import type { DocumentLoaders } from './document.loaders';

@ObjectType('DocumentPayload')
export class DocumentPayload {
  @Field(() => Document, { nullable: true, description: 'The document as it was before it was deleted.' })
  document: Document | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => String, { description: 'Where to download it (GET, signed in): /documents/<id>.' })
  downloadPath(@Root() d: Document): string {
    return `/documents/${toGlobalId('Document', d.id)}`;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may delete it: who uploaded it, and the regisseur.' })
  viewerCanDelete(@Root() d: Document, @Ctx() ctx: Context): boolean {
    return mayDelete(requireViewer(ctx.viewer), d.uploadedByUserId);
  }
}

addPayloadMutations(DocumentResolver, DocumentPayload, 'document', {
  documentDelete: mutation('Deletes a document and its file: by who uploaded it, or the regisseur.', [idArg], (ctx, id) =>
    ctx.services.document.delete(ctx.viewer, id),
  ),
});

type OwnerLoader = keyof Omit<DocumentLoaders, 'documentById'>;

/** The `documents` field of an owner type: the documents the viewer may see, oldest first. */
function documentsField(owner: abstract new (...args: never[]) => unknown, loader: OwnerLoader, what: string) {
  @Resolver(() => owner)
  class OwnerDocumentsResolver {
    @FieldResolver(() => [Document], { description: `Files attached to the ${what}.` })
    documents(@Root() row: { id: number }, @Ctx() ctx: Context): Promise<Document[]> {
      return loadersOf(ctx).document[loader].load(row.id);
    }
  }
  return OwnerDocumentsResolver;
}

export const DocumentOwnerResolvers = [
  documentsField(Convenant, 'byConvenant', 'convenant'),
  documentsField(Proposal, 'byProposal', 'proposal (its aanbiedingsformulier)'),
  documentsField(Overleg, 'byOverleg', 'overleg (its minutes)'),
  documentsField(AnnualPlan, 'byAnnualPlan', 'annual plan'),
];
