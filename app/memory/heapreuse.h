#pragma once

// Keeps memory the process frees for its next allocations instead of
// handing it back to the system. Call once, first thing in main().
//
// glibc unmaps big blocks when they are freed and trims the top of its
// heaps, so the decoded pages, receive buffers and sort buffers of every
// load and sort were fresh memory again: a page fault per page, and mapping
// changes that stall the process's other threads (the GUI thread too).
// The cost: the heap stays at its high-water mark (up to 128 MB beyond
// what is in use at its top) after a big load.
void keepFreedMemoryForReuse();
