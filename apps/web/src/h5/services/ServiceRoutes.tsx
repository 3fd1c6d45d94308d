import { Route, Routes } from 'react-router';
import { BookingPage } from './BookingPage';
import { MyWorkOrdersPage } from './MyWorkOrdersPage';
import { ServiceCatalogPage } from './ServiceCatalogPage';
import { SubmittedPage } from './SubmittedPage';
import { WorkOrderDetailPage } from './WorkOrderDetailPage';

/** /h5/services/…: the butler-service pages an owner uses. */
export function ServiceRoutes() {
  return (
    <Routes>
      <Route index element={<ServiceCatalogPage />} />
      <Route path="items/:itemId" element={<BookingPage />} />
      <Route path="submitted/:orderId" element={<SubmittedPage />} />
      <Route path="orders" element={<MyWorkOrdersPage />} />
      <Route path="orders/:orderId" element={<WorkOrderDetailPage />} />
      <Route path="*" element={<ServiceCatalogPage />} />
    </Routes>
  );
}
