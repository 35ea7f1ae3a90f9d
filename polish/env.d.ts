/** Build-time switch for the E2E test build; `npm run build` never sets it. */
interface ImportMetaEnv {
  readonly WXT_TEST_ENGINE?: string;
}
