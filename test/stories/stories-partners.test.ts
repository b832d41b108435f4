import { describeStories } from './run-stories.js';

describeStories('partners');
