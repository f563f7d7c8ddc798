// Reading photos of printed forms: decoding (HEIC, EXIF orientation), finding QR codes with
// zbar, the perspective map, straightening, and measuring ink. Plain loops over pixels in C:
// a 12-megapixel photo is touched a few times and must take well under a second.
#include "sadna_scan.h"

#include <libheif/heif.h>
#include <math.h>
#include <stdio.h>  // before jpeglib.h, which uses FILE
#include <jpeglib.h>
#include <stdlib.h>
#include <string.h>
#include <zbar.h>

int sadna_find_codes(const unsigned char *gray, int width, int height, sadna_code *codes, int max_codes) {
    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t *image = zbar_image_create();
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, (unsigned)width, (unsigned)height);
    zbar_image_set_data(image, gray, (unsigned long)width * (unsigned long)height, NULL);
    int count = 0;
    if (zbar_scan_image(scanner, image) > 0) {
        for (const zbar_symbol_t *symbol = zbar_image_first_symbol(image); symbol && count < max_codes;
             symbol = zbar_symbol_next(symbol)) {
            sadna_code *code = &codes[count];
            unsigned length = zbar_symbol_get_data_length(symbol);
            if (length >= sizeof code->data) continue;
            memcpy(code->data, zbar_symbol_get_data(symbol), length);
            code->data[length] = 0;
            code->length = (int)length;
            unsigned points = zbar_symbol_get_loc_size(symbol);
            code->points = points > 4 ? 4 : (int)points;
            for (int i = 0; i < code->points; i++) {
                code->x[i] = zbar_symbol_get_loc_x(symbol, (unsigned)i);
                code->y[i] = zbar_symbol_get_loc_y(symbol, (unsigned)i);
            }
            count++;
        }
    }
    zbar_image_destroy(image);
    zbar_image_scanner_destroy(scanner);
    return count;
}

unsigned char *sadna_heif_decode(const unsigned char *bytes, size_t count, int max_side, int *width, int *height,
                                 char *error, size_t error_size) {
    struct heif_context *context = heif_context_alloc();
    struct heif_image_handle *handle = NULL;
    struct heif_image *image = NULL;
    unsigned char *pixels = NULL;
    struct heif_error failure = heif_context_read_from_memory_without_copy(context, bytes, count, NULL);
    if (failure.code == heif_error_Ok) failure = heif_context_get_primary_image_handle(context, &handle);
    if (failure.code == heif_error_Ok) {
        int w = heif_image_handle_get_width(handle), h = heif_image_handle_get_height(handle);
        if (w <= 0 || h <= 0 || w > max_side || h > max_side) {
            snprintf(error, error_size, "the photo is %d×%d pixels; Sadna reads photos of 1 to %d pixels a side", w, h,
                     max_side);
            goto done;
        }
        // libheif applies the file's rotation and mirroring (its own "irot"/"imir") by default.
        failure = heif_decode_image(handle, &image, heif_colorspace_RGB, heif_chroma_interleaved_RGB, NULL);
    }
    if (failure.code != heif_error_Ok) {
        snprintf(error, error_size, "not a HEIC photo Sadna can read (%s)", failure.message);
        goto done;
    }
    {
        int stride = 0;
        const uint8_t *plane = heif_image_get_plane_readonly(image, heif_channel_interleaved, &stride);
        int w = heif_image_get_width(image, heif_channel_interleaved);
        int h = heif_image_get_height(image, heif_channel_interleaved);
        pixels = malloc((size_t)w * (size_t)h * 4);
        if (!pixels || !plane) {
            snprintf(error, error_size, "not enough memory for the photo");
            free(pixels);
            pixels = NULL;
            goto done;
        }
        for (int y = 0; y < h; y++) {
            const uint8_t *in = plane + (size_t)y * (size_t)stride;
            unsigned char *out = pixels + (size_t)y * (size_t)w * 4;
            for (int x = 0; x < w; x++, in += 3, out += 4) {
                out[0] = in[2];
                out[1] = in[1];
                out[2] = in[0];
                out[3] = 255;
            }
        }
        *width = w;
        *height = h;
    }
done:
    if (image) heif_image_release(image);
    if (handle) heif_image_handle_release(handle);
    heif_context_free(context);
    return pixels;
}

static unsigned read16(const unsigned char *p, int little) { return little ? p[0] | p[1] << 8 : p[0] << 8 | p[1]; }
static unsigned long read32(const unsigned char *p, int little) {
    return little ? (unsigned long)p[0] | (unsigned long)p[1] << 8 | (unsigned long)p[2] << 16 | (unsigned long)p[3] << 24
                  : (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | (unsigned long)p[3];
}

int sadna_exif_orientation(const unsigned char *bytes, size_t count) {
    if (count < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8) return 1;
    size_t at = 2;
    // Walk the markers before the picture data for APP1 "Exif".
    while (at + 4 <= count && bytes[at] == 0xFF) {
        unsigned marker = bytes[at + 1];
        size_t length = read16(bytes + at + 2, 0);
        if (marker == 0xDA || length < 2 || at + 2 + length > count) break;
        const unsigned char *segment = bytes + at + 4;
        size_t size = length - 2;
        if (marker == 0xE1 && size >= 14 && memcmp(segment, "Exif\0\0", 6) == 0) {
            const unsigned char *tiff = segment + 6;
            size_t tiff_size = size - 6;
            int little = tiff[0] == 'I';
            unsigned long ifd = read32(tiff + 4, little);
            if (ifd + 2 > tiff_size) return 1;
            unsigned entries = read16(tiff + ifd, little);
            for (unsigned i = 0; i < entries; i++) {
                size_t entry = ifd + 2 + (size_t)i * 12;
                if (entry + 12 > tiff_size) return 1;
                if (read16(tiff + entry, little) == 0x0112) {
                    unsigned value = read16(tiff + entry + 8, little);
                    return value >= 1 && value <= 8 ? (int)value : 1;
                }
            }
            return 1;
        }
        at += 2 + length;
    }
    return 1;
}

unsigned char *sadna_orient(const unsigned char *argb, int width, int height, int orientation, int *out_width,
                            int *out_height) {
    int swap = orientation >= 5;
    int w = swap ? height : width, h = swap ? width : height;
    uint32_t *out = malloc((size_t)w * (size_t)h * 4);
    if (!out) return NULL;
    const uint32_t *in = (const uint32_t *)argb;
    for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
            // (sx, sy): where in the stored picture the upright pixel (x, y) comes from.
            int sx, sy;
            switch (orientation) {
            case 2: sx = width - 1 - x; sy = y; break;
            case 3: sx = width - 1 - x; sy = height - 1 - y; break;
            case 4: sx = x; sy = height - 1 - y; break;
            case 5: sx = y; sy = x; break;
            case 6: sx = y; sy = height - 1 - x; break;
            case 7: sx = width - 1 - y; sy = height - 1 - x; break;
            case 8: sx = width - 1 - y; sy = x; break;
            default: sx = x; sy = y; break;
            }
            out[(size_t)y * w + x] = in[(size_t)sy * width + sx];
        }
    }
    *out_width = w;
    *out_height = h;
    return (unsigned char *)out;
}

unsigned char *sadna_shrink(const unsigned char *argb, int width, int height, long max_pixels, int *out_width,
                            int *out_height) {
    if ((long)width * height <= max_pixels) return NULL;
    double scale = sqrt((double)max_pixels / ((double)width * height));
    int w = (int)(width * scale), h = (int)(height * scale);
    if (w < 1) w = 1;
    if (h < 1) h = 1;
    unsigned char *out = malloc((size_t)w * (size_t)h * 4);
    if (!out) return NULL;
    for (int y = 0; y < h; y++) {
        int y0 = (int)((long)y * height / h), y1 = (int)((long)(y + 1) * height / h);
        if (y1 <= y0) y1 = y0 + 1;
        for (int x = 0; x < w; x++) {
            int x0 = (int)((long)x * width / w), x1 = (int)((long)(x + 1) * width / w);
            if (x1 <= x0) x1 = x0 + 1;
            unsigned long sum[3] = {0, 0, 0}, n = 0;
            for (int sy = y0; sy < y1; sy++) {
                const unsigned char *p = argb + ((size_t)sy * width + x0) * 4;
                for (int sx = x0; sx < x1; sx++, p += 4) {
                    sum[0] += p[0];
                    sum[1] += p[1];
                    sum[2] += p[2];
                    n++;
                }
            }
            unsigned char *o = out + ((size_t)y * w + x) * 4;
            o[0] = (unsigned char)(sum[0] / n);
            o[1] = (unsigned char)(sum[1] / n);
            o[2] = (unsigned char)(sum[2] / n);
            o[3] = 255;
        }
    }
    *out_width = w;
    *out_height = h;
    return out;
}

void sadna_gray(const unsigned char *argb, int width, int height, unsigned char *gray) {
    size_t n = (size_t)width * (size_t)height;
    for (size_t i = 0; i < n; i++, argb += 4) gray[i] = (unsigned char)((argb[2] * 77 + argb[1] * 150 + argb[0] * 29) >> 8);
}

// Eight linear equations (each row: eight coefficients, then the right side) brought to a
// diagonal by Gauss-Jordan elimination with partial pivoting; 0 when they are singular.
static int sadna_solve8(double a[8][9]) {
    for (int c = 0; c < 8; c++) {
        int pivot = c;
        for (int r = c + 1; r < 8; r++)
            if (fabs(a[r][c]) > fabs(a[pivot][c])) pivot = r;
        if (fabs(a[pivot][c]) < 1e-12) return 0;
        if (pivot != c) {
            double t[9];
            memcpy(t, a[c], sizeof t);
            memcpy(a[c], a[pivot], sizeof t);
            memcpy(a[pivot], t, sizeof t);
        }
        for (int r = 0; r < 8; r++) {
            if (r == c) continue;
            double f = a[r][c] / a[c][c];
            for (int k = c; k < 9; k++) a[r][k] -= f * a[c][k];
        }
    }
    return 1;
}

int sadna_homography(const double from[8], const double to[8], double h[9]) {
    // Eight equations in h0..h7 (h8 = 1), solved by Gaussian elimination with partial pivoting.
    double a[8][9];
    for (int i = 0; i < 4; i++) {
        double x = from[2 * i], y = from[2 * i + 1], u = to[2 * i], v = to[2 * i + 1];
        double r1[9] = {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
        double r2[9] = {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        memcpy(a[2 * i], r1, sizeof r1);
        memcpy(a[2 * i + 1], r2, sizeof r2);
    }
    if (!sadna_solve8(a)) return 0;
    for (int i = 0; i < 8; i++) h[i] = a[i][8] / a[i][i];
    h[8] = 1;
    return 1;
}

// Moves points to their centroid and scales them to a mean distance of √2 from it: the
// equations of the fit are then well conditioned, whether in millimetres or in pixels.
static void sadna_normalise(const double *p, int n, double *scale, double *cx, double *cy) {
    double sx = 0, sy = 0, distance = 0;
    for (int i = 0; i < n; i++) {
        sx += p[2 * i];
        sy += p[2 * i + 1];
    }
    *cx = sx / n;
    *cy = sy / n;
    for (int i = 0; i < n; i++) distance += hypot(p[2 * i] - *cx, p[2 * i + 1] - *cy);
    distance /= n;
    *scale = distance > 1e-12 ? sqrt(2.0) / distance : 1;
}

int sadna_homography_fit(const double *from, const double *to, int n, double h[9]) {
    if (n < 4) return 0;
    double fs, fx, fy, ts, tx, ty;
    sadna_normalise(from, n, &fs, &fx, &fy);
    sadna_normalise(to, n, &ts, &tx, &ty);
    // The normal equations of the eight unknowns (the ninth is 1).
    double a[8][9];
    memset(a, 0, sizeof a);
    for (int i = 0; i < n; i++) {
        double x = (from[2 * i] - fx) * fs, y = (from[2 * i + 1] - fy) * fs;
        double u = (to[2 * i] - tx) * ts, v = (to[2 * i + 1] - ty) * ts;
        double rows[2][9] = {{x, y, 1, 0, 0, 0, -u * x, -u * y, u}, {0, 0, 0, x, y, 1, -v * x, -v * y, v}};
        for (int r = 0; r < 2; r++)
            for (int j = 0; j < 8; j++)
                for (int k = 0; k < 9; k++) a[j][k] += rows[r][j] * rows[r][k];
    }
    if (!sadna_solve8(a)) return 0;
    double m[9];
    for (int i = 0; i < 8; i++) m[i] = a[i][8] / a[i][i];
    m[8] = 1;
    // Back from the normalised points: (to's normalisation)⁻¹ · m · (from's normalisation).
    double from_n[9] = {fs, 0, -fs * fx, 0, fs, -fs * fy, 0, 0, 1};
    double to_back[9] = {1 / ts, 0, tx, 0, 1 / ts, ty, 0, 0, 1};
    double t[9], r[9];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) {
            t[3 * i + j] = 0;
            for (int k = 0; k < 3; k++) t[3 * i + j] += m[3 * i + k] * from_n[3 * k + j];
        }
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) {
            r[3 * i + j] = 0;
            for (int k = 0; k < 3; k++) r[3 * i + j] += to_back[3 * i + k] * t[3 * k + j];
        }
    if (fabs(r[8]) < 1e-12) return 0;
    for (int i = 0; i < 9; i++) h[i] = r[i] / r[8];
    return 1;
}

void sadna_binarize(const unsigned char *gray, int width, int height, int radius, int offset, unsigned char *out) {
    size_t stride = (size_t)width + 1;
    unsigned long long *sum = calloc(stride * ((size_t)height + 1), sizeof *sum);
    if (!sum) {
        memcpy(out, gray, (size_t)width * height);
        return;
    }
    for (int y = 0; y < height; y++) {
        unsigned long long row = 0;
        for (int x = 0; x < width; x++) {
            row += gray[(size_t)y * width + x];
            sum[(size_t)(y + 1) * stride + x + 1] = sum[(size_t)y * stride + x + 1] + row;
        }
    }
    for (int y = 0; y < height; y++) {
        int y0 = y - radius < 0 ? 0 : y - radius, y1 = y + radius + 1 > height ? height : y + radius + 1;
        for (int x = 0; x < width; x++) {
            int x0 = x - radius < 0 ? 0 : x - radius, x1 = x + radius + 1 > width ? width : x + radius + 1;
            long long area = (long long)(x1 - x0) * (y1 - y0);
            long long total = (long long)(sum[(size_t)y1 * stride + x1] - sum[(size_t)y0 * stride + x1] -
                                          sum[(size_t)y1 * stride + x0] + sum[(size_t)y0 * stride + x0]);
            out[(size_t)y * width + x] = (long long)(gray[(size_t)y * width + x] + offset) * area < total ? 0 : 255;
        }
    }
    free(sum);
}

void sadna_warp(const unsigned char *src, int src_width, int src_height, const double h[9], unsigned char *dst,
                int dst_width, int dst_height, uint32_t background) {
    uint32_t *out = (uint32_t *)dst;
    const uint32_t *in = (const uint32_t *)src;
    for (int y = 0; y < dst_height; y++) {
        double py = y + 0.5;
        for (int x = 0; x < dst_width; x++) {
            double px = x + 0.5;
            double w = h[6] * px + h[7] * py + h[8];
            double sx = (h[0] * px + h[1] * py + h[2]) / w - 0.5;
            double sy = (h[3] * px + h[4] * py + h[5]) / w - 0.5;
            uint32_t *o = &out[(size_t)y * dst_width + x];
            if (!(sx >= 0 && sy >= 0 && sx < src_width - 1 && sy < src_height - 1)) {
                *o = background;
                continue;
            }
            int ix = (int)sx, iy = (int)sy;
            double fx = sx - ix, fy = sy - iy;
            const unsigned char *p00 = (const unsigned char *)&in[(size_t)iy * src_width + ix];
            const unsigned char *p01 = p00 + 4;
            const unsigned char *p10 = p00 + (size_t)src_width * 4;
            const unsigned char *p11 = p10 + 4;
            unsigned char *q = (unsigned char *)o;
            for (int c = 0; c < 3; c++) {
                double top = p00[c] + (p01[c] - p00[c]) * fx;
                double bottom = p10[c] + (p11[c] - p10[c]) * fx;
                q[c] = (unsigned char)(top + (bottom - top) * fy + 0.5);
            }
            q[3] = 255;
        }
    }
}

double sadna_sharpness(const unsigned char *gray, int width, int height, const unsigned char *where) {
    double sum = 0, squares = 0;
    long n = 0;
    for (int y = 1; y < height - 1; y++) {
        for (int x = 1; x < width - 1; x++) {
            size_t i = (size_t)y * width + x;
            if (where && !where[i]) continue;
            int l = gray[i - 1] + gray[i + 1] + gray[i - width] + gray[i + width] - 4 * gray[i];
            sum += l;
            squares += (double)l * l;
            n++;
        }
    }
    if (n == 0) return 0;
    double mean = sum / n;
    return squares / n - mean * mean;
}

void sadna_paper_white(const unsigned char *gray, int width, int height, int block, unsigned char *white) {
    int bw = (width + block - 1) / block, bh = (height + block - 1) / block;
    unsigned char *level = malloc((size_t)bw * bh), *widest = malloc((size_t)bw * bh);
    if (!level || !widest) {
        memset(white, 255, (size_t)width * height);
        free(level);
        free(widest);
        return;
    }
    for (int by = 0; by < bh; by++) {
        for (int bx = 0; bx < bw; bx++) {
            unsigned histogram[256] = {0};
            unsigned n = 0;
            for (int y = by * block; y < (by + 1) * block && y < height; y++)
                for (int x = bx * block; x < (bx + 1) * block && x < width; x++, n++) histogram[gray[(size_t)y * width + x]]++;
            // The bright end (the 90th percentile): the paper between the strokes.
            unsigned target = n / 10, seen = 0;
            int v = 255;
            while (v > 0 && seen + histogram[v] <= target) seen += histogram[v--];
            level[by * bw + bx] = (unsigned char)v;
        }
    }
    // A block filled with ink or a note still lies on paper: its neighbours say how white.
    for (int by = 0; by < bh; by++)
        for (int bx = 0; bx < bw; bx++) {
            unsigned char m = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++) {
                    int ny = by + dy, nx = bx + dx;
                    if (ny >= 0 && ny < bh && nx >= 0 && nx < bw && level[ny * bw + nx] > m) m = level[ny * bw + nx];
                }
            widest[by * bw + bx] = m;
        }
    for (int y = 0; y < height; y++) {
        double gy = (y + 0.5) / block - 0.5;
        int y0 = gy < 0 ? 0 : (int)gy, y1 = y0 + 1 < bh ? y0 + 1 : y0;
        double fy = gy < 0 ? 0 : gy - y0;
        if (fy > 1) fy = 1;
        for (int x = 0; x < width; x++) {
            double gx = (x + 0.5) / block - 0.5;
            int x0 = gx < 0 ? 0 : (int)gx, x1 = x0 + 1 < bw ? x0 + 1 : x0;
            double fx = gx < 0 ? 0 : gx - x0;
            if (fx > 1) fx = 1;
            double top = widest[y0 * bw + x0] + (widest[y0 * bw + x1] - widest[y0 * bw + x0]) * fx;
            double bottom = widest[y1 * bw + x0] + (widest[y1 * bw + x1] - widest[y1 * bw + x0]) * fx;
            white[(size_t)y * width + x] = (unsigned char)(top + (bottom - top) * fy + 0.5);
        }
    }
    free(level);
    free(widest);
}

void sadna_printed_mask(const unsigned char *blank_gray, int width, int height, int radius, unsigned char *mask) {
    size_t n = (size_t)width * height;
    unsigned char *rows = calloc(n, 1);
    if (!rows) {
        memset(mask, 0, n);
        return;
    }
    // Widened along rows, then along columns: a square of 2·radius+1 around each printed pixel.
    for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
            if (blank_gray[(size_t)y * width + x] < 200)
                for (int k = x - radius; k <= x + radius; k++)
                    if (k >= 0 && k < width) rows[(size_t)y * width + k] = 255;
    memset(mask, 0, n);
    for (int x = 0; x < width; x++)
        for (int y = 0; y < height; y++)
            if (rows[(size_t)y * width + x])
                for (int k = y - radius; k <= y + radius; k++)
                    if (k >= 0 && k < height) mask[(size_t)k * width + x] = 255;
    free(rows);
}

long sadna_count_ink(const unsigned char *argb, const unsigned char *gray, const unsigned char *white,
                     const unsigned char *printed, int width, int height, int x0, int y0, int x1, int y1,
                     unsigned char *ink) {
    if (x0 < 0) x0 = 0;
    if (y0 < 0) y0 = 0;
    if (x1 > width) x1 = width;
    if (y1 > height) y1 = height;
    long count = 0;
    for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++) {
            size_t i = (size_t)y * width + x;
            if (printed[i]) continue;
            const unsigned char *p = argb + i * 4;
            int high = p[0] > p[1] ? (p[0] > p[2] ? p[0] : p[2]) : (p[1] > p[2] ? p[1] : p[2]);
            int low = p[0] < p[1] ? (p[0] < p[2] ? p[0] : p[2]) : (p[1] < p[2] ? p[1] : p[2]);
            int paper = white[i] < 40 ? 40 : white[i];
            // Dark against the paper around it, or clearly coloured (a sticky note, a coloured pen).
            int dark = gray[i] * 100 < paper * 70;
            int coloured = (high - low) * 100 > paper * 22;
            if (dark || coloured) {
                count++;
                if (ink) ink[i] = 255;
            }
        }
    return count;
}

unsigned char *sadna_jpeg_encode(const unsigned char *argb, int width, int height, int quality, size_t *size) {
    struct jpeg_compress_struct info;
    struct jpeg_error_mgr error;
    info.err = jpeg_std_error(&error);
    jpeg_create_compress(&info);
    unsigned char *out = NULL;
    unsigned long length = 0;
    jpeg_mem_dest(&info, &out, &length);
    info.image_width = (JDIMENSION)width;
    info.image_height = (JDIMENSION)height;
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    unsigned char *row = malloc((size_t)width * 3);
    while (info.next_scanline < info.image_height) {
        const unsigned char *p = argb + (size_t)info.next_scanline * width * 4;
        for (int x = 0; x < width; x++) {
            row[3 * x] = p[4 * x + 2];
            row[3 * x + 1] = p[4 * x + 1];
            row[3 * x + 2] = p[4 * x];
        }
        JSAMPROW rows[1] = {row};
        jpeg_write_scanlines(&info, rows, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    free(row);
    *size = length;
    return out;
}

void sadna_blur(unsigned char *argb, int width, int height, int radius, int passes) {
    if (radius < 1) return;
    int longest = width > height ? width : height;
    unsigned char *line = malloc((size_t)longest * 4);
    if (!line) return;
    for (int pass = 0; pass < passes; pass++) {
        for (int direction = 0; direction < 2; direction++) {
            int lines = direction ? width : height, length = direction ? height : width;
            size_t step = direction ? (size_t)width * 4 : 4;
            for (int l = 0; l < lines; l++) {
                unsigned char *start = argb + (direction ? (size_t)l * 4 : (size_t)l * width * 4);
                for (int i = 0; i < length; i++) memcpy(line + (size_t)i * 4, start + i * step, 4);
                for (int i = 0; i < length; i++) {
                    int sum[3] = {0, 0, 0}, n = 0;
                    for (int k = i - radius; k <= i + radius; k++) {
                        int j = k < 0 ? 0 : (k >= length ? length - 1 : k);
                        sum[0] += line[j * 4];
                        sum[1] += line[j * 4 + 1];
                        sum[2] += line[j * 4 + 2];
                        n++;
                    }
                    unsigned char *o = start + i * step;
                    o[0] = (unsigned char)(sum[0] / n);
                    o[1] = (unsigned char)(sum[1] / n);
                    o[2] = (unsigned char)(sum[2] / n);
                }
            }
        }
    }
    free(line);
}

// HEIC encoding, for test photos: libheif's HEVC encoder, the bytes gathered through its writer.
typedef struct {
    unsigned char *bytes;
    size_t size;
} sadna_buffer;

static struct heif_error sadna_heif_write(struct heif_context *context, const void *data, size_t size, void *userdata) {
    (void)context;
    sadna_buffer *buffer = userdata;
    struct heif_error ok = {heif_error_Ok, heif_suberror_Unspecified, "ok"};
    unsigned char *grown = realloc(buffer->bytes, buffer->size + size);
    if (!grown) {
        struct heif_error failure = {heif_error_Memory_allocation_error, heif_suberror_Unspecified, "out of memory"};
        return failure;
    }
    memcpy(grown + buffer->size, data, size);
    buffer->bytes = grown;
    buffer->size += size;
    return ok;
}

unsigned char *sadna_heif_encode(const unsigned char *argb, int width, int height, int quality, size_t *size) {
    struct heif_context *context = heif_context_alloc();
    struct heif_encoder *encoder = NULL;
    struct heif_image *image = NULL;
    sadna_buffer buffer = {NULL, 0};
    struct heif_error failure = heif_context_get_encoder_for_format(context, heif_compression_HEVC, &encoder);
    if (failure.code == heif_error_Ok) failure = heif_image_create(width, height, heif_colorspace_RGB, heif_chroma_interleaved_RGB, &image);
    if (failure.code == heif_error_Ok) failure = heif_image_add_plane(image, heif_channel_interleaved, width, height, 8);
    if (failure.code == heif_error_Ok) {
        int stride = 0;
        uint8_t *plane = heif_image_get_plane(image, heif_channel_interleaved, &stride);
        for (int y = 0; y < height; y++) {
            const unsigned char *p = argb + (size_t)y * width * 4;
            uint8_t *q = plane + (size_t)y * stride;
            for (int x = 0; x < width; x++) {
                q[3 * x] = p[4 * x + 2];
                q[3 * x + 1] = p[4 * x + 1];
                q[3 * x + 2] = p[4 * x];
            }
        }
        heif_encoder_set_lossy_quality(encoder, quality);
        failure = heif_context_encode_image(context, image, encoder, NULL, NULL);
    }
    if (failure.code == heif_error_Ok) {
        struct heif_writer writer = {1, sadna_heif_write};
        failure = heif_context_write(context, &writer, &buffer);
    }
    if (image) heif_image_release(image);
    if (encoder) heif_encoder_release(encoder);
    heif_context_free(context);
    if (failure.code != heif_error_Ok) {
        free(buffer.bytes);
        return NULL;
    }
    *size = buffer.size;
    return buffer.bytes;
}
