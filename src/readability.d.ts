// Types for importing Readability.js directly (see src/core/extract/readability.ts): the class of the package index.
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
