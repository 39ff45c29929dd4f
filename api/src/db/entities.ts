import { Municipality } from '../modules/municipality/municipality.entity';
import { User } from '../modules/user/user.entity';
import { Provider } from '../modules/provider/provider.entity';
import { Convenant, ConvenantParty } from '../modules/convenant/convenant.entity';
import { Arrangement, ArrangementReport } from '../modules/arrangement/arrangement.entity';
import { Opgave, Opgaveteam, OpgaveteamMember } from '../modules/opgave/opgave.entity';

/** Every entity, listed explicitly so that the build and the tests see the same set. */
export const entities = [
  Municipality,
  User,
  Provider,
  Convenant,
  ConvenantParty,
  Arrangement,
  ArrangementReport,
  Opgave,
  Opgaveteam,
  OpgaveteamMember,
];
