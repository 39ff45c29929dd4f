/** The Dutch texts of the second factor (tweestapsverificatie): the account page's section and the login's second step. */
export const SECOND_FACTOR_TEXTS = {
  heading: 'Tweestapsverificatie',
  intro:
    'Met tweestapsverificatie vraagt Regiekamer bij het inloggen naast uw wachtwoord om een code uit een authenticator-app op uw telefoon, zoals Microsoft Authenticator of Google Authenticator. Wie alleen uw wachtwoord kent, komt dan niet binnen.',
  statusOn: 'Tweestapsverificatie staat aan.',
  statusOff: 'Tweestapsverificatie staat uit.',
  recoveryLeft: '{count, plural, one {U heeft nog # herstelcode.} other {U heeft nog # herstelcodes.}}',
  start: 'Tweestapsverificatie instellen',
  scanStep: 'Scan deze QR-code met uw authenticator-app.',
  qrAlt: 'QR-code om Regiekamer toe te voegen aan uw authenticator-app',
  manualStep: 'Kunt u de code niet scannen? Voer dan deze sleutel in de app in:',
  manualKey: 'Sleutel',
  codeLabel: 'Code uit de app',
  codeDescription: 'De code van zes cijfers die de app nu toont.',
  codeMissing: 'Vul de code uit de app in.',
  confirm: 'Code controleren en aanzetten',
  cancel: 'Annuleren',
  enabled: 'Tweestapsverificatie staat nu aan.',
  recoveryWarning:
    'Bewaar deze herstelcodes op een veilige plek, bijvoorbeeld geprint of in een wachtwoordkluis. U ziet ze maar één keer. Met een herstelcode komt u binnen als u uw telefoon kwijt bent; elke code werkt één keer.',
  recoveryHeading: 'Uw herstelcodes',
  recoverySaved: 'Ik heb de herstelcodes bewaard',
  disable: 'Tweestapsverificatie uitzetten',
  disablePassword: 'Uw wachtwoord',
  disablePasswordMissing: 'Vul uw wachtwoord in.',
  disableConfirm: 'Uitzetten',
  disabled: 'Tweestapsverificatie staat nu uit.',
  failed: 'Dat is niet gelukt. Probeer het later opnieuw.',
  // The login's second step
  loginHeading: 'Code invoeren',
  loginIntro: 'Voer de code uit uw authenticator-app in.',
  loginRecoveryHint: 'Heeft u uw telefoon niet bij de hand? Voer dan een van uw herstelcodes in.',
  loginCodeLabel: 'Code of herstelcode',
  loginSubmit: 'Inloggen',
  loginBack: 'Opnieuw inloggen',
  enrolRequiredIntro:
    'Voor uw rol is tweestapsverificatie verplicht. Stel het nu in; daarna bent u ingelogd.',
} as const;
