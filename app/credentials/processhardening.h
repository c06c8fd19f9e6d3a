#pragma once

// Keeps the access token out of core dumps: on Linux the process is made
// non-dumpable (prctl PR_SET_DUMPABLE 0), which also stops other processes
// of the same user from attaching to it or reading its memory. The app and
// the CLI call this first thing in main(). Elsewhere it does nothing.
namespace ProcessHardening {

void makeNonDumpable();
// False after makeNonDumpable() on Linux; true where it cannot be told.
bool isDumpable();

} // namespace ProcessHardening
