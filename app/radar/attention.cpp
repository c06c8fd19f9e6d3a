#include "radar/attention.h"

QString Attention::text() const
{
    return {}; // skeleton: the radar's part fills this in
}
