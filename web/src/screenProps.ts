// What every screen receives from the app shell. It lives apart from screens.tsx, which imports
// every screen, so that a screen can name its props without importing the list it is part of.
export interface ScreenProps {
  subpath: string; // what follows the screen's path: "/12" in /clients/12
}
