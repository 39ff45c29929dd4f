import { defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { SurveyAnswer, SurveyCode, SurveyCodeGuess } from './survey.entity';
import { SurveyCodeCountResolver, SurveyOpenAnswerResolver, SurveyResolver, SurveyResultCellResolver, SurveySuppressionResolver } from './survey.resolver';
import { SurveyService } from './survey.service';

/** Answering is for whoever holds a code, signed in or not. */
const ANYONE = ['ANONYMOUS', ...Object.values(Role)] as const;

export const surveyModule = defineModule({
  name: 'survey',
  resolvers: [SurveyResolver, SurveyResultCellResolver, SurveySuppressionResolver, SurveyCodeCountResolver, SurveyOpenAnswerResolver],
  services: {
    survey: ({ db, clock, settings }) => new SurveyService(db, clock, settings.publicUrl ?? '', settings.pseudonymize),
  },
  tables: [
    { entity: SurveyCode, policies: ['no_participants', 'owner_all', 'survey_scope'] },
    { entity: SurveyAnswer, policies: ['no_participants', 'owner_all', 'survey_scope'] },
    // No privilege for the application role: only the migration's definer functions count guesses.
    { entity: SurveyCodeGuess, policies: [] },
  ],
  permissions: {
    'Mutation.surveyCodeIssue': [Role.PROVIDER_REP],
    'Query.surveyCodes': [Role.PROVIDER_REP],
    'Query.surveyCode': ANYONE,
    'Mutation.surveySubmit': ANYONE,
    'Query.surveyResults': [Role.REGISSEUR, Role.ANALYST, Role.PROVIDER_REP],
    'Query.surveyOpenAnswers': [Role.REGISSEUR],
    'Mutation.surveyAnswerMask': [Role.REGISSEUR],
  },
});
