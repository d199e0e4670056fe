// The web editor's script (see index.html).
