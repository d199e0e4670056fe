// zlib, for FlateDecode streams written by VanBanPDF (the embedded form font).
#include <zlib.h>
