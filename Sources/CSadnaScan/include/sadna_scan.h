#ifndef SADNA_SCAN_H
#define SADNA_SCAN_H

#include <stddef.h>
#include <stdint.h>

// Pixels here are Cairo's ARGB32 (as little-endian bytes B, G, R, A; rows width * 4 bytes apart)
// or 8-bit grey (rows width bytes apart).

/// A QR code found in a photo: its text and the corners zbar located it by.
typedef struct {
    char data[256];
    int length;
    int points;
    double x[4], y[4];
} sadna_code;

/// Finds QR codes in a grey picture with zbar; writes at most `max_codes` and returns how many.
int sadna_find_codes(const unsigned char *gray, int width, int height, sadna_code *codes, int max_codes);

/// Decodes a HEIF/HEIC photo (as an iPhone sends it; libheif turns it upright) into ARGB32.
/// Returns NULL with a message in `error` when it cannot. The caller frees the pixels.
unsigned char *sadna_heif_decode(const unsigned char *bytes, size_t count, int max_side, int *width, int *height,
                                 char *error, size_t error_size);

/// The EXIF orientation (1 to 8) a JPEG's camera wrote, or 1 when it wrote none.
int sadna_exif_orientation(const unsigned char *bytes, size_t count);

/// The picture turned upright as EXIF `orientation` says; a new buffer the caller frees.
unsigned char *sadna_orient(const unsigned char *argb, int width, int height, int orientation, int *out_width,
                            int *out_height);

/// The picture scaled down (each output pixel the average of the pixels it covers) so that it
/// has at most `max_pixels`; a new buffer the caller frees, or NULL when it is already small enough.
unsigned char *sadna_shrink(const unsigned char *argb, int width, int height, long max_pixels, int *out_width,
                            int *out_height);

/// Luminance (Rec. 601) of each pixel.
void sadna_gray(const unsigned char *argb, int width, int height, unsigned char *gray);

/// The perspective map (a 3×3 matrix, row by row, h[8] = 1) that takes each of four points
/// `from` (x0, y0, x1, y1, ...) to the same point of `to`. Returns 0 when the points are degenerate.
int sadna_homography(const double from[8], const double to[8], double h[9]);

/// The perspective map that best takes `n` (at least 4) points `from` to the same points of `to`,
/// in the least-squares sense (normalised as Hartley's DLT). Returns 0 when they are degenerate.
int sadna_homography_fit(const double *from, const double *to, int n, double h[9]);

/// Black (0) where a pixel is darker than the mean of the square of `radius` pixels around it by
/// more than `offset`, white (255) elsewhere: a picture of print whatever the light falling on it.
void sadna_binarize(const unsigned char *gray, int width, int height, int radius, int offset, unsigned char *out);

/// Fills `dst` (dst_width × dst_height ARGB32): each pixel's centre is taken through `h` into
/// `src` and sampled there (bilinear); outside `src`, `background` (0xAARRGGBB).
void sadna_warp(const unsigned char *src, int src_width, int src_height, const double h[9], unsigned char *dst,
                int dst_width, int dst_height, uint32_t background);

/// The variance of the Laplacian of the grey picture over the pixels where `where` is non-zero
/// (all of them when it is NULL): how sharp the edges there are.
double sadna_sharpness(const unsigned char *gray, int width, int height, const unsigned char *where);

/// The paper's local white at each pixel: in blocks of `block` pixels the bright end of the
/// block's greys, the brightest of each block's neighbours, smoothly interpolated.
void sadna_paper_white(const unsigned char *gray, int width, int height, int block, unsigned char *white);

/// Marks (255) the pixels of `printed` that are dark ink of the blank form, widened by `radius` pixels.
void sadna_printed_mask(const unsigned char *blank_gray, int width, int height, int radius, unsigned char *mask);

/// Counts the pixels of the rectangle [x0, x1) × [y0, y1) that hold ink put on by hand: darker
/// than the local white by a clear step, or coloured (a sticky note, a coloured pen), and not
/// where the blank form has print. Writes the ink pixels into `ink` (255) when it is not NULL.
long sadna_count_ink(const unsigned char *argb, const unsigned char *gray, const unsigned char *white,
                     const unsigned char *printed, int width, int height, int x0, int y0, int x1, int y1,
                     unsigned char *ink);

/// Encodes ARGB32 pixels as a JPEG of `quality` (for test photos); the caller frees the bytes.
unsigned char *sadna_jpeg_encode(const unsigned char *argb, int width, int height, int quality, size_t *size);

/// Encodes ARGB32 pixels as a HEIC (HEVC) of `quality` (for test photos); the caller frees the
/// bytes. NULL when libheif has no HEVC encoder.
unsigned char *sadna_heif_encode(const unsigned char *argb, int width, int height, int quality, size_t *size);

/// Box-blurs the ARGB32 picture in place `passes` times with a radius of `radius` pixels (for test photos).
void sadna_blur(unsigned char *argb, int width, int height, int radius, int passes);

#endif
