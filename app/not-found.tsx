import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">There is no page at this address. The person or release may have moved.</p>
      <p className="mt-4">
        <Link href="/" className="text-blue-800 underline">
          See all cities
        </Link>
      </p>
    </>
  );
}
