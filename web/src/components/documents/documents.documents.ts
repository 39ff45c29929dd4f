import { graphql } from '../../gql';

export const OWNER_DOCUMENTS = graphql(`
  query OwnerDocuments($id: ID!) {
    node(id: $id) {
      id
      ... on Convenant {
        documents {
          ...DocumentRow
        }
      }
      ... on Proposal {
        documents {
          ...DocumentRow
        }
      }
      ... on Overleg {
        documents {
          ...DocumentRow
        }
      }
      ... on AnnualPlan {
        documents {
          ...DocumentRow
        }
      }
    }
  }

  fragment DocumentRow on Document {
    id
    title
    fileName
    contentType
    byteSize
    createdAt
    downloadPath
    viewerCanDelete
  }
`);

export const DOCUMENT_DELETE = graphql(`
  mutation DocumentDelete($id: ID!) {
    documentDelete(id: $id) {
      document {
        id
        title
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
