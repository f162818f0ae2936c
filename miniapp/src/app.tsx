import type { PropsWithChildren } from 'react';
import './styles/nutui';
import './app.scss';
import { skipToFirstScreen } from './startup/firstScreen';
import { makeScrollRegionsFocusable } from './startup/scrollRegions';
import { startOfflineSync } from './services/offline';

// Before the router reads the URL: a newcomer's first screen is sign-in (H5 only).
skipToFirstScreen();
makeScrollRegionsFocusable();
// A technician's commands saved offline by an earlier run go out as soon as there is a signal.
startOfflineSync();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
