/// Extraction: text → dossier.
public enum LiaisonExtraction {}
