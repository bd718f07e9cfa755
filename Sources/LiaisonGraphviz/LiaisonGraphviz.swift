/// The DOT model and the in-process Graphviz renderer.
public enum LiaisonGraphviz {}
