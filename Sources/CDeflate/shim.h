// zlib, for the PDF writer (Flate-compressed streams) and the bundle writer (entries deflated at
// a chosen level as they are written). ZIPFoundation has its own module for the same library,
// which is internal to it and fixes the level.
#ifndef FIELDBOOK_CDEFLATE_SHIM_H
#define FIELDBOOK_CDEFLATE_SHIM_H
#include <zlib.h>
#endif
