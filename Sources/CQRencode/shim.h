#ifndef SADNA_CQRENCODE_SHIM_H
#define SADNA_CQRENCODE_SHIM_H

#include <qrencode.h>

#endif
