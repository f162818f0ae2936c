import type { PropsWithChildren } from 'react';
import './styles/nutui';
import './app.scss';
import { skipToFirstScreen } from './startup/firstScreen';
import { makeScrollRegionsFocusable } from './startup/scrollRegions';

// Before the router reads the URL: a newcomer's first screen is sign-in (H5 only).
skipToFirstScreen();
makeScrollRegionsFocusable();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
