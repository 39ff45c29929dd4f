import type { MigrationInterface } from 'typeorm';
import { Initial1795444520036 } from './1795444520036-Initial';
import { DomainGuards1795444520100 } from './1795444520100-DomainGuards';
import { Trust1795445546691 } from './1795445546691-Trust';
import { RowSecurityAndAudit1795445546700 } from './1795445546700-RowSecurityAndAudit';
import { ConvenantPartyFreeze1795445546800 } from './1795445546800-ConvenantPartyFreeze';
import { Participation1795447673629 } from './1795447673629-Participation';
import { ParticipationSecurity1795447673700 } from './1795447673700-ParticipationSecurity';
import { Money1795450275534 } from './1795450275534-Money';
import { MoneySecurity1795450275600 } from './1795450275600-MoneySecurity';
import { PolicySettingsOnce1795452000000 } from './1795452000000-PolicySettingsOnce';
import { ReportSummary1795454287261 } from './1795454287261-ReportSummary';
import { ReportSummaryUpkeep1795454287300 } from './1795454287300-ReportSummaryUpkeep';
import { RecordKeys1795460000000 } from './1795460000000-RecordKeys';
import { DefenceInDepth1795461000000 } from './1795461000000-DefenceInDepth';
import { AmountBounds1795462000000 } from './1795462000000-AmountBounds';
import { SelectionDecisionTextDutch1795462920000 } from './1795462920000-SelectionDecisionTextDutch';
import { RealisedCostFromReports1795470000000 } from './1795470000000-RealisedCostFromReports';
import { Notifications1795480000000 } from './1795480000000-Notifications';
import { NotificationSecurity1795480000100 } from './1795480000100-NotificationSecurity';
import { CalendarFeed1795490000000 } from './1795490000000-CalendarFeed';
import { NotificationEvents1795500000000 } from './1795500000000-NotificationEvents';
import { ConvenantOpenedOn1795520000000 } from './1795520000000-ConvenantOpenedOn';
import { NotificationPreferences1795540000000 } from './1795540000000-NotificationPreferences';
import { SecondFactor1795550000000 } from './1795550000000-SecondFactor';
import { UserAdministration1795570000000 } from './1795570000000-UserAdministration';
import { UserSessions1795580000000 } from './1795580000000-UserSessions';
import { SingleSignOn1795590000000 } from './1795590000000-SingleSignOn';
import { Participants1795600000000 } from './1795600000000-Participants';
import { ParticipantInvitations1795610000000 } from './1795610000000-ParticipantInvitations';
import { ParticipantVoice1795620000000 } from './1795620000000-ParticipantVoice';
import { OpgaveSelectionRounds1795630000000 } from './1795630000000-OpgaveSelectionRounds';
import { PublicPages1795640000000 } from './1795640000000-PublicPages';
import { SelectionRoundCancel1795650000000 } from './1795650000000-SelectionRoundCancel';
import { ConvenantLife1795700000000 } from './1795700000000-ConvenantLife';
import { BudgetAndWaiting1795710000000 } from './1795710000000-BudgetAndWaiting';
import { DocumentsAndImport1795730000000 } from './1795730000000-DocumentsAndImport';
import { FullTextSearch1795740000000 } from './1795740000000-FullTextSearch';
import { ReportCorrections1795720000000 } from './1795720000000-ReportCorrections';
import { FundingOutcomes1795720000100 } from './1795720000100-FundingOutcomes';
import { QuarterReportReopen1795720000200 } from './1795720000200-QuarterReportReopen';
import { DocumentSearch1795750000000 } from './1795750000000-DocumentSearch';
import { QuarterReviewActions1795760000000 } from './1795760000000-QuarterReviewActions';
import { ReopenAndAmendmentNotices1795770000000 } from './1795770000000-ReopenAndAmendmentNotices';
import { OutcomeThresholds1795810000000 } from './1795810000000-OutcomeThresholds';
import { ClientExperienceSurvey1795820000000 } from './1795820000000-ClientExperienceSurvey';
import { OverlegInvitations1795530000000 } from './1795530000000-OverlegInvitations';
import { AccessLinks1795560000000 } from './1795560000000-AccessLinks';
import { MaatwerkMonths1795830000000 } from './1795830000000-MaatwerkMonths';
import { TransactionLocalActor1795920000000 } from './1795920000000-TransactionLocalActor';
import { TenantLeadingIndexes1795940000000 } from './1795940000000-TenantLeadingIndexes';
import { PrivacyAnonymise1796000000000 } from './1796000000000-PrivacyAnonymise';
import { PrivacyRequests1796100000000 } from './1796100000000-PrivacyRequests';
import { Consent1796200000000 } from './1796200000000-Consent';
import { PersonalTokenOnStandby1796400000000 } from './1796400000000-PersonalTokenOnStandby';
import { PrivacyRequestRetention1796410000000 } from './1796410000000-PrivacyRequestRetention';
import { ProviderMunicipalityStatistics1796420000000 } from './1796420000000-ProviderMunicipalityStatistics';
import { ReportsInIdOrder1796430000000 } from './1796430000000-ReportsInIdOrder';
import { OneRowTokenChecks1796440000000 } from './1796440000000-OneRowTokenChecks';
import { CoveringCountIndexes1796450000000 } from './1796450000000-CoveringCountIndexes';
import { OverviewCoveringIndex1796460000000 } from './1796460000000-OverviewCoveringIndex';

/** Migrations in order: the only way the database schema changes. Add new ones at the end. */
export const migrations: (new () => MigrationInterface)[] = [
  Initial1795444520036,
  DomainGuards1795444520100,
  Trust1795445546691,
  RowSecurityAndAudit1795445546700,
  ConvenantPartyFreeze1795445546800,
  Participation1795447673629,
  ParticipationSecurity1795447673700,
  Money1795450275534,
  MoneySecurity1795450275600,
  PolicySettingsOnce1795452000000,
  ReportSummary1795454287261,
  ReportSummaryUpkeep1795454287300,
  RecordKeys1795460000000,
  DefenceInDepth1795461000000,
  AmountBounds1795462000000,
  SelectionDecisionTextDutch1795462920000,
  RealisedCostFromReports1795470000000,
  Notifications1795480000000,
  NotificationSecurity1795480000100,
  CalendarFeed1795490000000,
  NotificationEvents1795500000000,
  ConvenantOpenedOn1795520000000,
  OverlegInvitations1795530000000,
  NotificationPreferences1795540000000,
  SecondFactor1795550000000,
  AccessLinks1795560000000,
  UserAdministration1795570000000,
  UserSessions1795580000000,
  SingleSignOn1795590000000,
  Participants1795600000000,
  ParticipantInvitations1795610000000,
  ParticipantVoice1795620000000,
  OpgaveSelectionRounds1795630000000,
  PublicPages1795640000000,
  SelectionRoundCancel1795650000000,
  ConvenantLife1795700000000,
  BudgetAndWaiting1795710000000,
  ReportCorrections1795720000000,
  FundingOutcomes1795720000100,
  QuarterReportReopen1795720000200,
  DocumentsAndImport1795730000000,
  FullTextSearch1795740000000,
  DocumentSearch1795750000000,
  QuarterReviewActions1795760000000,
  ReopenAndAmendmentNotices1795770000000,
  OutcomeThresholds1795810000000,
  ClientExperienceSurvey1795820000000,
  MaatwerkMonths1795830000000,
  TransactionLocalActor1795920000000,
  TenantLeadingIndexes1795940000000,
  PrivacyAnonymise1796000000000,
  PrivacyRequests1796100000000,
  Consent1796200000000,
  PersonalTokenOnStandby1796400000000,
  PrivacyRequestRetention1796410000000,
  ProviderMunicipalityStatistics1796420000000,
  ReportsInIdOrder1796430000000,
  OneRowTokenChecks1796440000000,
  CoveringCountIndexes1796450000000,
  OverviewCoveringIndex1796460000000,
];
