/**
 * `npm start`'s first step: the local stack serves the H5 build of the mini-program, so build it
 * when it is missing or older than its sources (about half a minute; later starts skip it).
 */
import { ensureH5Build, isStale } from './miniappBuild';

if (isStale('h5')) {
  console.log('Building the H5 app (npm run build:h5); later starts reuse it…');
  const started = Date.now();
  ensureH5Build();
  console.log(`H5 app built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
