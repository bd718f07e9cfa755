import CGraphviz

/// Deterministic object ids for Graphviz.
///
/// Graphviz's standard id discipline uses the address of a name's interned string as the id of
/// a named node or subgraph, and a process-wide counter for anonymous ones. Subgraphs (clusters)
/// are kept in id order, so their order, and with it the layout of `dot`, `fdp` and `osage`,
/// depended on where malloc happened to put strings: the same graph drew differently depending
/// on what the process had done before. This discipline numbers names in the order each graph
/// first uses them (even ids) and anonymous objects with a counter per graph (odd ids), so a
/// graph always draws the same.
///
/// It replaces the standard discipline (`AgIdDisc`) once, before the Graphviz context exists,
/// so that the graphs Graphviz makes internally during layout use it too. The state of each
/// root graph is the graph itself, as with the standard one. Only called with the session's
/// lock held.
enum GraphvizIDs {
    /// The ids of one root graph's names.
    fileprivate final class Table {
        var ids: [UnsafeMutableRawPointer: (id: IDTYPE, references: Int)] = [:]
        var names: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]
        var nextNamed: IDTYPE = 2
        var nextAnonymous: IDTYPE = 1
    }

    nonisolated(unsafe) fileprivate static var tables: [UnsafeMutableRawPointer: Table] = [:]

    fileprivate static func table(_ state: UnsafeMutableRawPointer) -> Table {
        if let table = tables[state] { return table }
        let table = Table()
        tables[state] = table
        return table
    }

    /// Installs the discipline in place of Graphviz's standard one.
    static func install() {
        liaison_default_id_disc()!.pointee = Agiddisc_t(
            open: { graph, _ in
                guard let graph else { return nil }
                let state = UnsafeMutableRawPointer(graph)
                GraphvizIDs.tables[state] = GraphvizIDs.Table()
                return state
            },
            map: { state, _, name, id, create in
                guard let state, let id else { return 0 }
                let table = GraphvizIDs.table(state)
                guard let name else {
                    id.pointee = table.nextAnonymous
                    table.nextAnonymous += 2
                    return 1
                }
                let graph = state.assumingMemoryBound(to: Agraph_t.self)
                if create != 0 {
                    guard let interned = agstrdup(graph, name) else { return 0 }
                    let key = UnsafeMutableRawPointer(interned)
                    if let entry = table.ids[key] {
                        table.ids[key] = (entry.id, entry.references + 1)
                        id.pointee = entry.id
                    } else {
                        let new = table.nextNamed
                        table.nextNamed += 2
                        table.ids[key] = (new, 1)
                        table.names[new] = interned
                        id.pointee = new
                    }
                } else {
                    // Looking a name up: an id no object has when no object has the name.
                    id.pointee = agstrbind(graph, name).flatMap { table.ids[UnsafeMutableRawPointer($0)]?.id } ?? 0
                }
                return 1
            },
            alloc: { _, _, _ in 0 },
            free: { state, _, id in
                guard let state, id % 2 == 0, let table = GraphvizIDs.tables[state], let interned = table.names[id] else { return }
                let key = UnsafeMutableRawPointer(interned)
                guard let entry = table.ids[key] else { return }
                if entry.references > 1 {
                    table.ids[key] = (entry.id, entry.references - 1)
                } else {
                    table.ids[key] = nil
                    table.names[id] = nil
                }
                _ = agstrfree(state.assumingMemoryBound(to: Agraph_t.self), interned)
            },
            print: { state, _, id in
                guard let state, id % 2 == 0 else { return nil }
                return GraphvizIDs.tables[state]?.names[id]
            },
            close: { state in
                guard let state else { return }
                GraphvizIDs.tables[state] = nil
            },
            idregister: { _, _, _ in }
        )
    }
}
