from fallmanager.cli import main

raise SystemExit(main())
