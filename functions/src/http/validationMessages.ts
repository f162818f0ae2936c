/** The zod → bilingual details mapping lives with the contract, so the domain's CSV checks use it too. */
export { issuesToDetails } from '../contract/issueDetails';
