"""The genogram editor of a family file: scene, view, tab, export and print."""
