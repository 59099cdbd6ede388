"""What frontlog knows, loaded from data files users can extend: triggers, actors, places, word classes."""
