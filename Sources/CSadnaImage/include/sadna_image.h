#ifndef SADNA_IMAGE_H
#define SADNA_IMAGE_H

#include <stddef.h>

/// Decodes a JPEG held in memory into 32-bit pixels in Cairo's native ARGB32 layout (opaque, so alpha is
/// 255), rows `*width * 4` bytes apart. Returns NULL and writes a message into `error` when the
/// file cannot be read. The caller frees the pixels with `free`.
/// A photo larger than `max_pixels` is decoded at a half, a quarter or an eighth of its size; one
/// wider or higher than `max_side` (or with no size) is refused before anything is decoded.
unsigned char *sadna_jpeg_decode(const unsigned char *bytes, size_t count, long max_pixels, int max_side, int *width,
                                 int *height, char *error, size_t error_size);

#endif
