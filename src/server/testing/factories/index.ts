/**
 * Factories for tests: each builds one record straight in the database with defaults that make
 * it valid and unique, and takes overrides for what the test is about. No shared mutable
 * fixtures: every test builds what it reads.
 */
export { buildArea } from './areas';
export { buildBenefit, buildBenefitMeasurement } from './benefits';
export { buildCohort, buildGathering, buildGroup, buildMember, buildTask } from './development';
export { buildEvent, buildRegistration } from './events';
export { buildApplication, buildCall, TEST_FORM } from './calls';
export { buildGoal, buildGoalTarget } from './goals';
export { buildActionProgramme, buildAgendaItem, buildBody, buildCase, buildMandateVersion, buildMeeting, buildMembership } from './governance';
export { buildIndicator, buildObservation, buildSeries, followIndicators } from './indicators';
export { buildOrganisation, buildPerson } from './organisations';
export { buildProject } from './portfolio';
export { buildProgramme } from './programmes';
export { buildRegister, type Register } from './register';
export { buildUser, TEST_PASSWORD } from './users';
