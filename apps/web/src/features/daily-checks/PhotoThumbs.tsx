import { Image, Space } from 'antd';

/** Read-only thumbnails of a completed line. */
export function PhotoThumbs({ ids }: { ids: string[] }) {
  if (!ids.length) return null;
  return (
    <Image.PreviewGroup>
      <Space wrap>
        {ids.map((id) => (
          <Image key={id} src={`/api/files/${id}`} width={72} height={72} style={{ objectFit: 'cover' }} alt="" />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
