// Service worker: filled in by the extension work.
