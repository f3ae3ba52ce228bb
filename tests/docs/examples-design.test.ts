// Documented examples of the schema design rules fire (bad) and stay quiet (good) on a real replay.
import { describeDocumentedExamples } from './examples.js';

describeDocumentedExamples(['design']);
