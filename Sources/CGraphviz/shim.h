#ifndef LIAISON_CGRAPHVIZ_SHIM_H
#define LIAISON_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvplugin.h>

/* Swift 6 refuses to touch mutable C globals directly (they are shared mutable state), so the
 * default disciplines are handed over through these accessors. They are only read. */
static inline Agmemdisc_t *liaison_default_mem_disc(void) { return &AgMemDisc; }
static inline Agiddisc_t *liaison_default_id_disc(void) { return &AgIdDisc; }
static inline Agiodisc_t *liaison_default_io_disc(void) { return &AgIoDisc; }

/* agtail and aghead are macros, which Swift cannot import. */
static inline Agnode_t *liaison_edge_tail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *liaison_edge_head(Agedge_t *edge) { return aghead(edge); }

/* Graphviz 2.x formats messages for the error callback into a static buffer that starts at
 * 1 KiB; when a message does not fit, it grows the buffer and formats again from a va_list it
 * has already used, which prints garbage or crashes. The buffer never shrinks, so sending one
 * message of `length` bytes with no conversions in it (formatting it twice is harmless) makes
 * every later message up to that length safe. */
#include <stdlib.h>
#include <string.h>
static inline void liaison_grow_message_buffer(size_t length) {
    char *text = (char *)malloc(length + 2);
    if (!text) return;
    memset(text, ' ', length);
    text[length] = '\n';
    text[length + 1] = '\0';
    agerr(AGPREV, text);
    free(text);
}

#endif
