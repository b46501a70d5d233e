import { revalidatePath } from 'next/cache';

/**
 * Revalidates what db/public-paths.ts lists after a write: exact paths as paths, and a path with
 * brackets (a dynamic route such as every release list page) as a route.
 */
export function revalidatePublicPaths(paths: Iterable<string>): void {
  for (const path of new Set(paths)) {
    if (path.includes('[')) revalidatePath(path, 'page');
    else revalidatePath(path);
  }
}
