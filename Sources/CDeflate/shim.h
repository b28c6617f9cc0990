// zlib, seen by the PDF writer only (Flate-compressed streams). ZIPFoundation has its own
// module for the same library; this one keeps PDFWriter free of ZIPFoundation.
#ifndef FIELDBOOK_CDEFLATE_SHIM_H
#define FIELDBOOK_CDEFLATE_SHIM_H
#include <zlib.h>
#endif
