// JPEG decoding for persona photos. libjpeg reports errors by longjmp, which Swift cannot catch,
// so the decoding lives here in C and hands Swift plain pixels or a message.
#include "sadna_image.h"

#include <stdio.h>  // before jpeglib.h, which uses FILE
#include <jpeglib.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct failure {
    struct jpeg_error_mgr manager;
    jmp_buf jump;
};

// A warning (a file cut short, whose missing rows libjpeg paints grey) is not printed: Sadna's
// output is its own diagnostics, and a cut photo still prints.
static void quiet(j_common_ptr info) { (void)info; }

static void on_error(j_common_ptr info) {
    struct failure *failure = (struct failure *)info->err;
    longjmp(failure->jump, 1);
}

unsigned char *sadna_jpeg_decode(const unsigned char *bytes, size_t count, long max_pixels, int max_side, int *width,
                                 int *height, char *error, size_t error_size) {
    struct jpeg_decompress_struct info;
    struct failure failure;
    unsigned char *pixels = NULL;
    unsigned char *row = NULL;
    info.err = jpeg_std_error(&failure.manager);
    failure.manager.error_exit = on_error;
    failure.manager.output_message = quiet;
    if (setjmp(failure.jump)) {
        char message[JMSG_LENGTH_MAX];
        (*info.err->format_message)((j_common_ptr)&info, message);
        snprintf(error, error_size, "not a JPEG picture Sadna can read (%s)", message);
        jpeg_destroy_decompress(&info);
        free(pixels);
        free(row);
        return NULL;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, bytes, (unsigned long)count);
    jpeg_read_header(&info, TRUE);
    // The caller checks the size first; this is the same check on what libjpeg itself read.
    if (info.image_width == 0 || info.image_height == 0 || info.image_width > (JDIMENSION)max_side ||
        info.image_height > (JDIMENSION)max_side) {
        snprintf(error, error_size, "the photo is %u×%u pixels; Sadna reads photos of 1 to %d pixels a side",
                 info.image_width, info.image_height, max_side);
        jpeg_destroy_decompress(&info);
        return NULL;
    }
    info.out_color_space = JCS_RGB;
    // A huge photo is read at half, a quarter or an eighth of its size (libjpeg does that
    // cheaply while decoding), so that memory never follows the camera's resolution.
    info.scale_num = 1;
    info.scale_denom = 1;
    while (info.scale_denom < 8 &&
           (long)(info.image_width / info.scale_denom) * (long)(info.image_height / info.scale_denom) > max_pixels) {
        info.scale_denom *= 2;
    }
    if ((long)(info.image_width / info.scale_denom) * (long)(info.image_height / info.scale_denom) > max_pixels) {
        snprintf(error, error_size, "the photo is %u×%u pixels, too large to read even at an eighth of its size",
                 info.image_width, info.image_height);
        jpeg_destroy_decompress(&info);
        return NULL;
    }
    jpeg_start_decompress(&info);
    *width = (int)info.output_width;
    *height = (int)info.output_height;
    if (*width <= 0 || *height <= 0) {
        snprintf(error, error_size, "the photo has no pixels");
        jpeg_destroy_decompress(&info);
        return NULL;
    }
    pixels = malloc((size_t)*width * (size_t)*height * 4);
    row = malloc((size_t)*width * 3);
    if (!pixels || !row) {
        snprintf(error, error_size, "the picture is too large");
        jpeg_destroy_decompress(&info);
        free(pixels);
        free(row);
        return NULL;
    }
    while (info.output_scanline < info.output_height) {
        unsigned char *rows[1] = {row};
        unsigned int y = info.output_scanline;
        jpeg_read_scanlines(&info, rows, 1);
        uint32_t *out = (uint32_t *)(pixels + (size_t)y * (size_t)*width * 4);
        for (int x = 0; x < *width; x++) {
            out[x] = 0xFF000000u | ((uint32_t)row[3 * x] << 16) | ((uint32_t)row[3 * x + 1] << 8) | row[3 * x + 2];
        }
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    free(row);
    return pixels;
}
