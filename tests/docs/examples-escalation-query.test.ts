// Documented examples of the rules in these layers fire (bad) and stay quiet (good) on a real replay.
import { describeDocumentedExamples } from './examples.js';

describeDocumentedExamples(['escalation', 'query']);
