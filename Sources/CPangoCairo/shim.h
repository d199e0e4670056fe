#ifndef VANBAN_CPANGOCAIRO_SHIM_H
#define VANBAN_CPANGOCAIRO_SHIM_H

#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <cairo/cairo-pdf.h>
#include <fontconfig/fontconfig.h>

// GObject cast macros are not imported into Swift; these wrap the few VanBan needs.
static inline PangoFcFontMap *vanban_as_fc_font_map(PangoFontMap *map) {
    return PANGO_FC_FONT_MAP(map);
}

static inline PangoFontMap *vanban_as_font_map(PangoFontMap *map) { return map; }

static inline void vanban_object_unref(void *object) { g_object_unref(object); }

static inline int vanban_pango_scale(void) { return PANGO_SCALE; }

#endif
