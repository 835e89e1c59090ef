import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ratingColors, type Rating } from './satisfactionTypes';

export function RatingTag({ rating }: { rating: Rating }) {
  const { t } = useTranslation();
  return <Tag color={ratingColors[rating]}>{t(`satisfaction.ratings.${rating}`)}</Tag>;
}
