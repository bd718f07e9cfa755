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

#endif
