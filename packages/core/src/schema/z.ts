import { z } from 'zod';

// The task pane's Content-Security-Policy forbids eval; zod's JIT would probe for it with `new Function`.
z.config({ jitless: true });

export { z };
