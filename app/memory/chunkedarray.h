#pragma once

#include "concurrency/workthreads.h"

#include <QtGlobal>

#include <future>
#include <memory>
#include <vector>

// An array in fixed chunks. Growing never copies what is there and touches
// one new chunk at most: a doubling vector copied every row into fresh
// memory within one merge on the GUI thread, and left up to half of the
// doubled array unused. Chunks of 256 KB or more are made (every page
// written) ahead on a background thread while the one before fills, so the
// page faults of fresh memory stay off the thread that appends.
template <typename T, int ChunkBits>
class ChunkedArray
{
public:
    static constexpr size_t ChunkSize = size_t(1) << ChunkBits;

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T &operator[](size_t i) { return m_chunks[i >> ChunkBits][i & (ChunkSize - 1)]; }
    const T &operator[](size_t i) const { return m_chunks[i >> ChunkBits][i & (ChunkSize - 1)]; }
    void push_back(T &&value)
    {
        if (m_size == m_chunks.size() * ChunkSize) {
            m_chunks.push_back(newChunk());
            // As soon as a chunk is started: the background thread may
            // have other work queued before it.
            prepareNextChunk();
        }
        (*this)[m_size++] = std::move(value);
    }
    // Has the next chunk made ahead now, when elements are known to be coming.
    void prepareNextChunk()
    {
        if (PreparesAhead && !m_nextChunk.valid())
            m_nextChunk = WorkThreads::makeAhead([] { return std::make_unique<T[]>(ChunkSize); });
    }
    // Whether a chunk made ahead is there for the next one needed.
    bool hasPreparedChunk() const { return WorkThreads::isMade(m_nextChunk); }
    void shrink(size_t size) // drops the elements from `size` on
    {
        for (size_t i = size; i < m_size; ++i)
            (*this)[i] = T();
        m_size = size;
        m_chunks.resize((size + ChunkSize - 1) / ChunkSize);
    }
    void clear()
    {
        m_chunks.clear();
        m_chunks.shrink_to_fit();
        m_nextChunk = {};
        m_size = 0;
    }
    qint64 capacityBytes() const
    {
        const size_t chunks = m_chunks.size() + (m_nextChunk.valid() ? 1 : 0);
        return qint64(chunks * ChunkSize * sizeof(T) + m_chunks.capacity() * sizeof(void *));
    }

private:
    static constexpr bool PreparesAhead = ChunkSize * sizeof(T) >= 256 * 1024;
    std::unique_ptr<T[]> newChunk()
    {
        // One still being made is left for the next time: the appending
        // thread does not wait for a thread that may be waiting for a core.
        if (WorkThreads::isMade(m_nextChunk))
            return m_nextChunk.get();
        return std::make_unique<T[]>(ChunkSize);
    }
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::future<std::unique_ptr<T[]>> m_nextChunk;
    size_t m_size = 0;
};
