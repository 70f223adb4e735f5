from stormpetrel.cli import main

raise SystemExit(main())
