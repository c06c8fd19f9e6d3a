#pragma once

// Keeps memory the process frees for its next allocations instead of
// handing it back to the system. Call once, first thing in main().
//
// glibc unmaps big blocks (from 128 KB to 32 MB, adjusted as it goes) when
// they are freed and trims the top of its heaps, so the decoded pages,
// receive buffers and sort buffers of every load and sort were fresh
// memory again. On the virtual machines measured, a page touched for the
// first time costs 4-11 us, and a thread mapping, faulting in or unmapping
// memory stalls the process's other threads (gaps of 20-50 ms on the GUI
// thread). Kept, the second sort of a million sessions by description took
// 176 ms instead of 436 ms. The cost: the heap stays at its high-water
// mark (up to 128 MB beyond what is in use at its top) after a big load.
void keepFreedMemoryForReuse();
